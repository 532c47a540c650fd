;; IAM004: a role named cross-account (construct id or `role_name`) whose `assumed_by` is the
;; stack's own account. The name regex needs "acc(ou)nt" right after "cross", so
;; `CrossRegion…`, `CrossStack…` and `CrossOrigin…` ids never match.

; Construct id: `iam.Role(self, "CrossAccountRole", assumed_by=iam.AccountPrincipal(self.account))`.
((call
  function: (_) @_class
  arguments: (argument_list
    .
    (_)
    .
    (string) @name
    (keyword_argument
      name: (identifier) @_key
      value: (call function: (_) @_principal) @report))) @construct
  (#key? @_key "assumed_by")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))

; `role_name="cross-account-…"`, before or after `assumed_by`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_nkey value: (string) @name)
    (keyword_argument
      name: (identifier) @_key
      value: (call function: (_) @_principal) @report))) @construct
  (#key? @_nkey "role_name")
  (#key? @_key "assumed_by")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))

((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument
      name: (identifier) @_key
      value: (call function: (_) @_principal) @report)
    (keyword_argument name: (identifier) @_nkey value: (string) @name))) @construct
  (#key? @_nkey "role_name")
  (#key? @_key "assumed_by")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))
