;; IAM005: an AWS managed policy that grants administrator, power-user or full service access.

; `iam.ManagedPolicy.fromAwsManagedPolicyName('AdministratorAccess' | 'PowerUserAccess' | '…FullAccess')`.
((call_expression
  function: (_) @_callee
  arguments: (arguments . (_) @report .))
  (#cdk-ref? @_callee "aws_iam.ManagedPolicy.fromAwsManagedPolicyName")
  (#value-string? @report "^(?:[\\w+=,.@-]+/)*(?:AdministratorAccess(?:-[\\w-]+)?|PowerUserAccess|[\\w+=,.@-]*FullAccess[\\w+=,.@-]*)$"))

; `iam.ManagedPolicy.fromManagedPolicyArn(scope, id, 'arn:aws:iam::aws:policy/AdministratorAccess')`.
((call_expression
  function: (_) @_callee
  arguments: (arguments . (_) . (_) . (_) @report .))
  (#cdk-ref? @_callee "aws_iam.ManagedPolicy.fromManagedPolicyArn")
  (#value-string? @report "^arn:[\\w-]+:iam::aws:policy/(?:[\\w+=,.@-]+/)*(?:AdministratorAccess(?:-[\\w-]+)?|PowerUserAccess|[\\w+=,.@-]*FullAccess[\\w+=,.@-]*)$"))
