# Code after a RET and after a JA is still checked by the kernel; names are
# only shown on reachable paths.
.arch x86_64
  A = nr
  if (A == write) goto w
  return ALLOW
  A = nr
  if (A == 1) goto w
w:
  goto end
  return KILL
end:
  return ERRNO(9)
