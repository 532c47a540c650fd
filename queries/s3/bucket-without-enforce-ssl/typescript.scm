;; S3001: `new s3.Bucket(…)` without `enforceSSL: true`. Not flagged: website buckets (the S3
;; website endpoint is HTTP-only), props hidden by a spread or a props variable, and a bucket bound
;; to a name that gets a Deny-on-`aws:SecureTransport` statement through `addToResourcePolicy`.

; `enforceSSL: false`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (false) @report)) @_props)) @construct
  (#key? @_key "enforceSSL")
  (#cdk-ref? @_class "aws_s3.Bucket")
  (#lacks-prop? @_props "websiteIndexDocument" "websiteErrorDocument" "websiteRedirect" "websiteRoutingRules")
  (#not-called-with? @construct "addToResourcePolicy" "(?is)(?:\\bdeny\\b.*aws:SecureTransport|aws:SecureTransport.*\\bdeny\\b)")
  (#set! variant "disabled"))

; No `enforceSSL` at all (the props object may be absent: `new s3.Bucket(this, 'B')`).
((new_expression
  constructor: (_) @report
  arguments: (arguments) @args) @construct
  (#cdk-ref? @report "aws_s3.Bucket")
  (#lacks-prop? @args "enforceSSL" "websiteIndexDocument" "websiteErrorDocument" "websiteRedirect" "websiteRoutingRules")
  (#not-called-with? @construct "addToResourcePolicy" "(?is)(?:\\bdeny\\b.*aws:SecureTransport|aws:SecureTransport.*\\bdeny\\b)")
  (#set! variant "missing"))
