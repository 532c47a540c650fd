; `lambda.Code.fromInline(…)` (and the CDK v1 `Code.inline(…)`); reported on the callee so a
; long code string is not highlighted.
((call_expression
  function: (_) @report) @construct
  (#cdk-ref? @report "aws_lambda.Code.fromInline" "aws_lambda.Code.inline" "aws_lambda.InlineCode.fromInline"))

; `new lambda.InlineCode(…)`.
((new_expression
  constructor: (_) @report) @construct
  (#cdk-ref? @report "aws_lambda.InlineCode"))
