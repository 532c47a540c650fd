; A bucket with `removalPolicy: DESTROY` and `autoDeleteObjects`: reported without a fix, as
; RETAIN alone would make the bucket fail to synthesize.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (_) @report)) @_props)) @construct
  (#key? @_key "removalPolicy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#has-prop? @_props "autoDeleteObjects")
  (#set! variant "with-auto-delete"))

; `removalPolicy: RemovalPolicy.DESTROY` (or a name bound to it) on a stateful construct.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: [
          (member_expression
            property: (property_identifier) @member)
          (identifier)
        ] @report)))) @construct
  (#key? @_key "removalPolicy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#cdk-ref? @_class "$stateful"))

; `x.applyRemovalPolicy(RemovalPolicy.DESTROY)` where x is a stateful construct of this file.
((call_expression
  function: (member_expression
    object: (_) @_target
    property: (property_identifier) @_method)
  arguments: (arguments
    .
    [
      (member_expression
        property: (property_identifier) @member)
      (identifier)
    ] @report)) @construct
  (#eq? @_method "applyRemovalPolicy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#value-new? @_target "$stateful"))

; `autoDeleteObjects: true` on a bucket (reported once per bucket, after removalPolicy).
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (true) @report)))) @construct
  (#key? @_key "autoDeleteObjects")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#set! variant "auto-delete"))
