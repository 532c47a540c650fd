; `App()` / `cdk.App()` in a file under a `lib/` directory (test files are skipped).
((call
  function: (_) @_class) @report
  (#cdk-ref? @_class "cdk.App")
  (#path-match? @report "(^|/)lib/")
  (#set! variant "python"))
