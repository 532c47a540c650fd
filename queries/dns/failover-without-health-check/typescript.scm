; ---- L1: `CfnRecordSet` props, `CfnRecordSetGroup` `recordSets` entries ----------------------

; `failover: 'PRIMARY'` with no health check and no alias target.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report)) @_props)) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet")
  (#lacks-prop? @_props "healthCheckId" "aliasTarget"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_sets
        value: (array
          (object
            (pair
              key: (_) @_key
              value: (_) @report)) @_props)))))
  (#key? @_sets "recordSets")
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#lacks-prop? @_props "healthCheckId" "aliasTarget"))

; The same with an `aliasTarget` object that lacks `evaluateTargetHealth`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      [
        ((pair key: (_) @_key value: (_) @report) (pair key: (_) @_alias value: (object) @_target))
        ((pair key: (_) @_alias value: (object) @_target) (pair key: (_) @_key value: (_) @report))
      ]) @_props)) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "aliasTarget")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet")
  (#lacks-prop? @_props "healthCheckId")
  (#lacks-prop? @_target "evaluateTargetHealth")
  (#set! variant "alias"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_sets
        value: (array
          (object
            [
              ((pair key: (_) @_key value: (_) @report) (pair key: (_) @_alias value: (object) @_target))
              ((pair key: (_) @_alias value: (object) @_target) (pair key: (_) @_key value: (_) @report))
            ]) @_props)))))
  (#key? @_sets "recordSets")
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "aliasTarget")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#lacks-prop? @_props "healthCheckId")
  (#lacks-prop? @_target "evaluateTargetHealth")
  (#set! variant "alias"))

; … or with `evaluateTargetHealth: false`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      [
        ((pair key: (_) @_key value: (_) @report)
         (pair key: (_) @_alias value: (object (pair key: (_) @_eval value: (false)))))
        ((pair key: (_) @_alias value: (object (pair key: (_) @_eval value: (false))))
         (pair key: (_) @_key value: (_) @report))
      ]) @_props)) @construct
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "aliasTarget")
  (#key? @_eval "evaluateTargetHealth")
  (#cdk-ref? @_class "aws_route53.CfnRecordSet")
  (#lacks-prop? @_props "healthCheckId")
  (#set! variant "alias"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_sets
        value: (array
          (object
            [
              ((pair key: (_) @_key value: (_) @report)
               (pair key: (_) @_alias value: (object (pair key: (_) @_eval value: (false)))))
              ((pair key: (_) @_alias value: (object (pair key: (_) @_eval value: (false))))
               (pair key: (_) @_key value: (_) @report))
            ]) @_props)))))
  (#key? @_sets "recordSets")
  (#key? @_key "failover")
  (#value-string? @report "^PRIMARY$")
  (#key? @_alias "aliasTarget")
  (#key? @_eval "evaluateTargetHealth")
  (#cdk-ref? @_class "aws_route53.CfnRecordSetGroup")
  (#lacks-prop? @_props "healthCheckId")
  (#set! variant "alias"))

; ---- L2: `ARecord`, `RecordSet`, … with `failover: route53.Failover.PRIMARY` ----------------
; (`FailoverType` is the name seed 004 6.1 wrote; it resolves the same way.)

; No health check and no `target` (CNAME, TXT, … records take values, not alias targets).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report)) @_props)) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "healthCheck" "healthCheckId" "target"))

; No health check and a non-alias target (`RecordTarget.fromIpAddresses(…)` / `fromValues(…)`).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      [
        ((pair key: (_) @_key value: (_) @report)
         (pair key: (_) @_tk value: (call_expression function: (_) @_from)))
        ((pair key: (_) @_tk value: (call_expression function: (_) @_from))
         (pair key: (_) @_key value: (_) @report))
      ]) @_props)) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromIpAddresses" "aws_route53.RecordTarget.fromValues")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "healthCheck" "healthCheckId"))

; No health check and `RecordTarget.fromAlias(new X(a))` / `fromAlias(new X(a, { … }))` without
; `evaluateTargetHealth`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      [
        ((pair key: (_) @_key value: (_) @report)
         (pair key: (_) @_tk value: (call_expression
           function: (_) @_from
           arguments: (arguments
             .
             (new_expression arguments: [(arguments . (_) .) (arguments . (_) . (object) .)] @_targs)
             .))))
        ((pair key: (_) @_tk value: (call_expression
           function: (_) @_from
           arguments: (arguments
             .
             (new_expression arguments: [(arguments . (_) .) (arguments . (_) . (object) .)] @_targs)
             .)))
         (pair key: (_) @_key value: (_) @report))
      ]) @_props)) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromAlias")
  (#lacks-prop? @_targs "evaluateTargetHealth")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "healthCheck" "healthCheckId")
  (#set! variant "alias"))

; … or with `evaluateTargetHealth: false`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      [
        ((pair key: (_) @_key value: (_) @report)
         (pair key: (_) @_tk value: (call_expression
           function: (_) @_from
           arguments: (arguments
             .
             (new_expression arguments: (arguments . (_) . (object (pair key: (_) @_eval value: (false))) .))
             .))))
        ((pair key: (_) @_tk value: (call_expression
           function: (_) @_from
           arguments: (arguments
             .
             (new_expression arguments: (arguments . (_) . (object (pair key: (_) @_eval value: (false))) .))
             .)))
         (pair key: (_) @_key value: (_) @report))
      ]) @_props)) @construct
  (#key? @_key "failover")
  (#cdk-ref? @report "aws_route53.Failover.PRIMARY" "aws_route53.FailoverType.PRIMARY")
  (#key? @_tk "target")
  (#cdk-ref? @_from "aws_route53.RecordTarget.fromAlias")
  (#key? @_eval "evaluateTargetHealth")
  (#cdk-ref? @_class "$records")
  (#lacks-prop? @_props "healthCheck" "healthCheckId")
  (#set! variant "alias"))
