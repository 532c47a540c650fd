; `lambda_.Code.from_inline(…)`, v1 `Code.inline(…)`, `lambda_.InlineCode(…)`; reported on the
; callee so a long code string is not highlighted.
((call
  function: (_) @report) @construct
  (#cdk-ref? @report "aws_lambda.Code.fromInline" "aws_lambda.Code.inline" "aws_lambda.InlineCode.fromInline" "aws_lambda.InlineCode"))
