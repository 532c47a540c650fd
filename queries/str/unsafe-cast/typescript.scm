; `as any` as an argument of a construct call `new X(scope, 'id', …)`, or inside its props
; object (up to two levels deep, and in arrays); reported on the `any`.
((new_expression
  arguments: (arguments
    [
      (as_expression
        (predefined_type) @report)
      (object
        (pair
          value: (as_expression
            (predefined_type) @report)))
      (object
        (spread_element
          (parenthesized_expression
            (as_expression
              (predefined_type) @report))))
      (object
        (pair
          value: [
            (object
              (pair
                value: (as_expression
                  (predefined_type) @report)))
            (array
              (as_expression
                (predefined_type) @report))
          ]))
    ])) @_new
  (#eq? @report "any")
  (#value-construct? @_new))

; `(bucket as any)` where `bucket` is bound in the file to a construct.
((as_expression
  .
  [
    (identifier)
    (member_expression)
  ] @_value
  (predefined_type) @_type) @report
  (#eq? @_type "any")
  (#value-construct? @_value)
  (#set! variant "construct"))

; `scope.node.scope as cdk.Stack` / `this.node.scope as Stack`.
((as_expression
  .
  (member_expression
    object: (member_expression
      property: (property_identifier) @_node)
    property: (property_identifier) @_scope)
  [
    (type_identifier)
    (nested_type_identifier)
  ] @_type) @report
  (#eq? @_node "node")
  (#eq? @_scope "scope")
  (#match? @_type "Stack$")
  (#set! variant "node-scope"))
