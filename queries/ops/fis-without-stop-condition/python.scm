; `stop_conditions` whose every entry is `source="none"` (property classes or dicts).
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report))) @construct
  (#key? @_key "stopConditions")
  (#cdk-ref? @_class "aws_fis.CfnExperimentTemplate")
  (#prop-string? @report "source" "(?i)^none$"))

; `stop_conditions=[]`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (list) @report))) @construct
  (#key? @_key "stopConditions")
  (#match? @report "^\\[\\s*\\]$")
  (#cdk-ref? @_class "aws_fis.CfnExperimentTemplate")
  (#set! variant "empty"))

; No `stop_conditions` at all (and no `**kwargs` that could hold it).
((call
  function: (_) @report
  arguments: (argument_list) @_args) @construct
  (#cdk-ref? @report "aws_fis.CfnExperimentTemplate")
  (#lacks-prop? @_args "stopConditions")
  (#set! variant "missing"))
