; S3002: `bucket_name` given a literal or f-string (or a name bound to one), a concatenation or a
; `"…".format(…)`, on a bucket the stack creates. Importing a bucket by name
; (`Bucket.from_bucket_name`, `from_bucket_attributes(bucket_name=…)`) is not flagged.

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (_) @report)))
  (#key? @_key "bucket_name")
  (#cdk-ref? @_class "aws_s3.Bucket" "aws_s3.CfnBucket")
  (#value-string? @report ""))

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: [
        (binary_operator left: (string))
        (call function: (attribute object: (string) attribute: (identifier) @_format))
      ] @report)))
  (#key? @_key "bucket_name")
  (#cdk-ref? @_class "aws_s3.Bucket" "aws_s3.CfnBucket")
  (#eq? @_format "format"))
