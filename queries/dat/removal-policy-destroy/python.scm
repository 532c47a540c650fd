; A bucket with `removal_policy=DESTROY` and `auto_delete_objects`: reported without a fix, as
; RETAIN alone would make the bucket fail to synthesize.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (_) @report)) @_props) @construct
  (#key? @_key "removal_policy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#has-prop? @_props "auto_delete_objects")
  (#set! variant "with-auto-delete"))

; `removal_policy=RemovalPolicy.DESTROY` (or a name bound to it) on a stateful construct.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [
        (attribute
          attribute: (identifier) @member)
        (identifier)
      ] @report))) @construct
  (#key? @_key "removal_policy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#cdk-ref? @_class "$stateful"))

; `x.apply_removal_policy(RemovalPolicy.DESTROY)` where x is a stateful construct of this file.
((call
  function: (attribute
    object: (_) @_target
    attribute: (identifier) @_method)
  arguments: (argument_list
    .
    [
      (attribute
        attribute: (identifier) @member)
      (identifier)
    ] @report)) @construct
  (#eq? @_method "apply_removal_policy")
  (#cdk-ref? @report "cdk.RemovalPolicy.DESTROY")
  (#value-new? @_target "$stateful"))

; `auto_delete_objects=True` on a bucket (reported once per bucket, after removal_policy).
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (true) @report))) @construct
  (#key? @_key "auto_delete_objects")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#set! variant "auto-delete"))
