raise
raise E
raise E('x') from cause
raise E from None
