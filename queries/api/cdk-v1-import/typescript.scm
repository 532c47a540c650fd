; `import … from '@aws-cdk/aws-s3'`, `export … from '@aws-cdk/core'`.
((import_statement
  source: (string) @report)
  (#cdk-v1-import? @report))

((export_statement
  source: (string) @report)
  (#cdk-v1-import? @report))

; `import s3 = require('@aws-cdk/aws-s3')`.
((import_require_clause
  source: (string) @report)
  (#cdk-v1-import? @report))

; `const s3 = require('@aws-cdk/aws-s3')` (any `require` call).
((call_expression
  function: (identifier) @_require
  arguments: (arguments
    .
    (string) @report))
  (#eq? @_require "require")
  (#cdk-v1-import? @report))
