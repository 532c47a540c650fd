; `new App()` / `new cdk.App()` in a file under a `lib/` directory (test files are skipped).
((new_expression
  constructor: (_) @_class) @report
  (#cdk-ref? @_class "cdk.App")
  (#path-match? @report "(^|/)lib/"))
