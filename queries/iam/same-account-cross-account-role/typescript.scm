;; IAM004: a role named cross-account (construct id or `roleName`) whose `assumedBy` is the
;; stack's own account. The name regex needs "acc(ou)nt" right after "cross", so
;; `CrossRegion…`, `CrossStack…` and `CrossOrigin…` ids never match.

; Construct id: `new iam.Role(this, 'CrossAccountRole', { assumedBy: new iam.AccountPrincipal(this.account) })`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    .
    (_)
    .
    [(string) (template_string)] @name
    .
    (object
      (pair
        key: (_) @_key
        value: (new_expression constructor: (_) @_principal) @report)))) @construct
  (#key? @_key "assumedBy")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))

; `roleName: 'cross-account-…'`, before or after `assumedBy`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_nkey value: [(string) (template_string)] @name)
      (pair
        key: (_) @_key
        value: (new_expression constructor: (_) @_principal) @report)))) @construct
  (#key? @_nkey "roleName")
  (#key? @_key "assumedBy")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))

((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair
        key: (_) @_key
        value: (new_expression constructor: (_) @_principal) @report)
      (pair key: (_) @_nkey value: [(string) (template_string)] @name)))) @construct
  (#key? @_nkey "roleName")
  (#key? @_key "assumedBy")
  (#cdk-ref? @_class "aws_iam.Role")
  (#match? @name "(?i)cross[-_ ]?acc(ou)?nt|xacct")
  (#cdk-ref? @_principal "aws_iam.AccountPrincipal" "aws_iam.AccountRootPrincipal")
  (#match? @report "(?:AccountRootPrincipal\\s*\\(\\s*\\)|\\(\\s*(?:(?:[\\w.]+\\.)?Stack\\.of\\(\\s*(?:this|self)\\s*\\)\\.account|this\\.account|self\\.account|(?:[\\w.]+\\.)?Aws\\.ACCOUNT_ID)\\s*,?\\s*\\))$"))
