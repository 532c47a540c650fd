; `stopConditions` whose every entry is `source: 'none'` (or a name bound to such a list).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report)))) @construct
  (#key? @_key "stopConditions")
  (#cdk-ref? @_class "aws_fis.CfnExperimentTemplate")
  (#prop-string? @report "source" "(?i)^none$"))

; `stopConditions: []`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (array) @report)))) @construct
  (#key? @_key "stopConditions")
  (#match? @report "^\\[\\s*\\]$")
  (#cdk-ref? @_class "aws_fis.CfnExperimentTemplate")
  (#set! variant "empty"))

; No `stopConditions` at all (and no spread that could hold it).
((new_expression
  constructor: (_) @report
  arguments: (arguments) @_args) @construct
  (#cdk-ref? @report "aws_fis.CfnExperimentTemplate")
  (#lacks-prop? @_args "stopConditions")
  (#set! variant "missing"))
