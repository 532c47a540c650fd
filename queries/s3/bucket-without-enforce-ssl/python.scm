;; S3001: `s3.Bucket(…)` without `enforce_ssl=True`. Not flagged: website buckets (the S3
;; website endpoint is HTTP-only), props hidden by `**kwargs`, and a bucket bound to a name that gets
;; a Deny-on-`aws:SecureTransport` statement through `add_to_resource_policy`.

; `enforce_ssl=False`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (false) @report)) @_props) @construct
  (#key? @_key "enforce_ssl")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#lacks-prop? @_props "website_index_document" "website_error_document" "website_redirect" "website_routing_rules")
  (#not-called-with? @construct "addToResourcePolicy" "(?is)(?:\\bdeny\\b.*aws:SecureTransport|aws:SecureTransport.*\\bdeny\\b)")
  (#set! variant "disabled"))

; No `enforce_ssl` at all.
((call
  function: (_) @report
  arguments: (argument_list) @args) @construct
  (#cdk-ref? @report "aws_s3.Bucket")
  (#lacks-prop? @args "enforce_ssl" "website_index_document" "website_error_document" "website_redirect" "website_routing_rules")
  (#not-called-with? @construct "addToResourcePolicy" "(?is)(?:\\bdeny\\b.*aws:SecureTransport|aws:SecureTransport.*\\bdeny\\b)")
  (#set! variant "missing"))
