; ---- L1: `CfnRecordSet(…)`, `CfnRecordSetGroup.RecordSetProperty(…)`, dict entries ------------

; `failover="PRIMARY"` with no health check and no alias target.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)) @_props) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#lacks-prop? @_props "health_check_id" "alias_target"))

; A dict entry of `record_sets=[{…}]`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_sets
      value: (list
        (dictionary
          (pair
            key: (_) @_key
            value: (_) @report)) @_props))))
  (#key? @_sets "record_sets")
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#lacks-prop? @_props "health_check_id" "alias_target"))

; The same with an `AliasTargetProperty(…)` that lacks `evaluate_target_health`.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument name: (identifier) @_alias value: (call function: (_) @_atype) @_target))
      ((keyword_argument name: (identifier) @_alias value: (call function: (_) @_atype) @_target)
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "alias_target")
  (#cdk-ref? @_atype "aws_route53.CfnRecordSet.AliasTargetProperty" "aws_route53.CfnRecordSetGroup.AliasTargetProperty")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#lacks-prop? @_props "health_check_id")
  (#lacks-prop? @_target "evaluate_target_health")
  (#set! variant "alias"))

; … or with a dict alias target that lacks it.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument name: (identifier) @_alias value: (dictionary) @_target))
      ((keyword_argument name: (identifier) @_alias value: (dictionary) @_target)
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "alias_target")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#lacks-prop? @_props "health_check_id")
  (#lacks-prop? @_target "evaluate_target_health")
  (#set! variant "alias"))

; … or with `evaluate_target_health=False`.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument
         name: (identifier) @_alias
         value: [
           (call arguments: (argument_list (keyword_argument name: (identifier) @_eval value: (false))))
           (dictionary (pair key: (_) @_eval value: (false)))
         ]))
      ((keyword_argument
         name: (identifier) @_alias
         value: [
           (call arguments: (argument_list (keyword_argument name: (identifier) @_eval value: (false))))
           (dictionary (pair key: (_) @_eval value: (false)))
         ])
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "alias_target")
  (#key? @_eval "evaluate_target_health")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet" "aws_route53.CfnRecordSetGroup.RecordSetProperty")
  (#lacks-prop? @_props "health_check_id")
  (#set! variant "alias"))

; ---- L2: `ARecord(…, failover=route53.Failover.PRIMARY)` and the other record classes --------

; No health check and no `target`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)) @_props) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "health_check" "health_check_id" "target"))

; No health check and a non-alias target.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument name: (identifier) @_tk value: (call function: (_) @_from)))
      ((keyword_argument name: (identifier) @_tk value: (call function: (_) @_from))
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromIpAddresses" "aws_route53.RecordTarget.fromValues")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "health_check" "health_check_id"))

; No health check and `RecordTarget.from_alias(X(a, …))` without `evaluate_target_health`.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument
         name: (identifier) @_tk
         value: (call
           function: (_) @_from
           arguments: (argument_list . (call arguments: (argument_list) @_targs) .))))
      ((keyword_argument
         name: (identifier) @_tk
         value: (call
           function: (_) @_from
           arguments: (argument_list . (call arguments: (argument_list) @_targs) .)))
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromAlias")
  (#lacks-prop? @_targs "evaluate_target_health")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "health_check" "health_check_id")
  (#set! variant "alias"))

; … or with `evaluate_target_health=False`.
((call
  function: (_) @_class
  arguments: (argument_list
    [
      ((keyword_argument name: (identifier) @_key value: (_) @report)
       (keyword_argument
         name: (identifier) @_tk
         value: (call
           function: (_) @_from
           arguments: (argument_list
             .
             (call arguments: (argument_list (keyword_argument name: (identifier) @_eval value: (false))))
             .))))
      ((keyword_argument
         name: (identifier) @_tk
         value: (call
           function: (_) @_from
           arguments: (argument_list
             .
             (call arguments: (argument_list (keyword_argument name: (identifier) @_eval value: (false))))
             .)))
       (keyword_argument name: (identifier) @_key value: (_) @report))
    ]) @_props) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromAlias")
  (#key? @_eval "evaluate_target_health")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "health_check" "health_check_id")
  (#set! variant "alias"))
