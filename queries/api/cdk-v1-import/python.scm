; `import aws_cdk.core as core`, `import aws_cdk.aws_s3 as s3` in a v1 file: one finding per
; statement (`@construct`), reported on its first module.
((import_statement
  name: [
    (dotted_name)
    (aliased_import)
  ] @report) @construct
  (#cdk-v1-import? @construct))

; `from aws_cdk import core`, `from aws_cdk.aws_s3 import Bucket` in a v1 file.
((import_from_statement
  module_name: (dotted_name) @report) @construct
  (#cdk-v1-import? @construct))
