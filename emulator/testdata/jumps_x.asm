# Conditional jumps against X, in all four kinds, plus JA.
  A = args[1]
  X = A
  A = args[0]
  if (A == X) goto eq
  if (A > X) goto gt else goto next
next:
  if (A >= X) goto deny
  if (A & X) goto deny
  goto allow
eq:
  return TRAP
gt:
  return TRACE(7)
deny:
  return ERRNO(1)
allow:
  return ALLOW
