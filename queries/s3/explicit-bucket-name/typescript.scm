; S3002: `bucketName` given a literal or template string (or a name bound to one), or a string
; concatenation, on a bucket the stack creates. Importing a bucket by name
; (`Bucket.fromBucketName`, `fromBucketAttributes({ bucketName })`) is not flagged.

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (_) @report))))
  (#key? @_key "bucketName")
  (#cdk-ref? @_class "aws_s3.Bucket" "aws_s3.CfnBucket")
  (#value-string? @report ""))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (binary_expression
          left: [(string) (template_string)]) @report))))
  (#key? @_key "bucketName")
  (#cdk-ref? @_class "aws_s3.Bucket" "aws_s3.CfnBucket"))
