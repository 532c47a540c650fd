;; IAM005: an AWS managed policy that grants administrator, power-user or full service access.

; `iam.ManagedPolicy.from_aws_managed_policy_name('AdministratorAccess' | 'PowerUserAccess' | '…FullAccess')`.
((call
  function: (_) @_callee
  arguments: (argument_list . (_) @report .))
  (#cdk-ref? @_callee "aws_iam.ManagedPolicy.fromAwsManagedPolicyName")
  (#value-string? @report "^(?:[\\w+=,.@-]+/)*(?:AdministratorAccess(?:-[\\w-]+)?|PowerUserAccess|[\\w+=,.@-]*FullAccess[\\w+=,.@-]*)$"))

; `iam.ManagedPolicy.from_managed_policy_arn(scope, id, 'arn:aws:iam::aws:policy/AdministratorAccess')`.
((call
  function: (_) @_callee
  arguments: (argument_list . (_) . (_) . (_) @report .))
  (#cdk-ref? @_callee "aws_iam.ManagedPolicy.fromManagedPolicyArn")
  (#value-string? @report "^arn:[\\w-]+:iam::aws:policy/(?:[\\w+=,.@-]+/)*(?:AdministratorAccess(?:-[\\w-]+)?|PowerUserAccess|[\\w+=,.@-]*FullAccess[\\w+=,.@-]*)$"))
