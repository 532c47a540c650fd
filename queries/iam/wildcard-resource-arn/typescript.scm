;; IAM002: an ARN string with `*` in its resource part (the part after the fifth colon;
;; `${…}` / `{…}` substitutions are skipped when counting colons). Not flagged: object keys under
;; one named bucket (`arn:aws:s3:::name/*`, `${bucket.bucketArn}/*` is not an ARN literal at all),
;; and a trailing `:*` / `/*` under one named resource (log streams of one log group:
;; `log-group:/aws/lambda/fn:*`; `table/T/stream/*`), which name a single parent resource.

; Secrets Manager name prefix `secret:name-*`: suggest the `-??????` suffix.
(([(string) (template_string)] @report)
  (#match? @report "^[A-Za-z]*['\"`]+arn:(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:){4}secret:(?:\\$?\\{[^}]*\\}|[^{}'\"`*\\s])+-\\*['\"`]+$")
  (#set! variant "secret-suffix"))

(([(string) (template_string)] @report)
  (#match? @report "^[A-Za-z]*['\"`]+arn:(?:(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:){4}(?:\\$?\\{[^}]*\\}|[^{}'\"`*\\s])*\\*(?:\\$?\\{[^}]*\\}|[^{}'\"`\\s])*|(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:){1,3}\\*)['\"`]+$")
  (#not-match? @report "^[A-Za-z]*['\"`]+arn:(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:s3:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:(?:\\$?\\{[^}]*\\}|[^{}'\"`*\\s])+/\\*|(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:){4}[A-Za-z0-9_.-]+[:/](?:\\$?\\{[^}]*\\}|[^{}:/'\"`*\\s])+[:/](?:\\$?\\{[^}]*\\}|[^{}:/'\"`*\\s])+(?:[:/](?:\\$?\\{[^}]*\\}|[^{}:/'\"`*\\s])+)*[:/]\\*|(?:(?:\\$?\\{[^}]*\\}|[^:{}'\"`\\s])*:){4}[A-Za-z0-9_.-]+:(?:\\$?\\{[^}]*\\}|[^{}'\"`*\\s])+:\\*)['\"`]+$"))

