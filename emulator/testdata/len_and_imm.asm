# Length loads (seccomp loads the constant 64) and immediates.
  A = len
  X = len
  if (A != X) goto bad
  A = 0xdeadbeef
  X = 0
  A = X
  if (A != 0) goto bad
  A = -1
  if (A == 0xffffffff) goto good
bad:
  return KILL
good:
  return ALLOW
