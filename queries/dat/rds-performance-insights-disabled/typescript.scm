;; DAT006: an RDS instance without Performance Insights. Not flagged when
;; `performanceInsightRetention`, `performanceInsightEncryptionKey` or `databaseInsightsMode` is set
;; (each turns it on), when props are hidden (spread, props variable), or on micro and small
;; instance classes, which do not support Performance Insights.

; `enablePerformanceInsights: false`.
((new_expression
  constructor: (_) @_class
  arguments: (arguments
    (object
      (pair key: (_) @_key value: (false) @report)) @_props)) @construct
  (#key? @_key "enablePerformanceInsights")
  (#cdk-ref? @_class "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot")
  (#lacks-prop? @_props "performanceInsightRetention" "performanceInsightEncryptionKey" "databaseInsightsMode")
  (#not-match? @_props "(?i)InstanceSize\\.(?:MICRO|SMALL)\\b|['\"](?:db\\.)?[a-z0-9]+\\.(?:micro|small)['\"]")
  (#set! variant "disabled"))

; No `enablePerformanceInsights` and nothing that turns it on.
((new_expression
  constructor: (_) @report
  arguments: (arguments) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot")
  (#lacks-prop? @_args "enablePerformanceInsights" "performanceInsightRetention" "performanceInsightEncryptionKey" "databaseInsightsMode")
  (#not-match? @_args "(?i)InstanceSize\\.(?:MICRO|SMALL)\\b|['\"](?:db\\.)?[a-z0-9]+\\.(?:micro|small)['\"]"))
