;; DAT006: an RDS instance without Performance Insights. Not flagged when
;; `performanceInsightRetention`, `performanceInsightEncryptionKey` or `databaseInsightsMode` is set
;; (each turns it on), when props are hidden (spread, props variable), or on micro and small
;; instance classes, which do not support Performance Insights.

; `enablePerformanceInsights: false`.
((call
  function: (_) @_class
  arguments: (argument_list
    (keyword_argument name: (identifier) @_key value: (false) @report)) @_props) @construct
  (#key? @_key "enable_performance_insights")
  (#cdk-ref? @_class "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot")
  (#lacks-prop? @_props "performance_insight_retention" "performance_insight_encryption_key" "database_insights_mode")
  (#not-match? @_props "(?i)InstanceSize\\.(?:MICRO|SMALL)\\b|['\"](?:db\\.)?[a-z0-9]+\\.(?:micro|small)['\"]")
  (#set! variant "disabled"))

; No `enablePerformanceInsights` and nothing that turns it on.
((call
  function: (_) @report
  arguments: (argument_list) @_args) @construct
  (#cdk-ref? @report "aws_rds.DatabaseInstance" "aws_rds.DatabaseInstanceFromSnapshot")
  (#lacks-prop? @_args "enable_performance_insights" "performance_insight_retention" "performance_insight_encryption_key" "database_insights_mode")
  (#not-match? @_args "(?i)InstanceSize\\.(?:MICRO|SMALL)\\b|['\"](?:db\\.)?[a-z0-9]+\\.(?:micro|small)['\"]"))
