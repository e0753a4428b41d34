# On a big-endian target the first word of each 64-bit field is its high half.
.endian big
.arch 0x80000016
  A = args[0]
  if (A == 1) goto ok
  A = args[0] >> 32
  if (A == 2) goto ok
  A = args[5].hi
  if (A == 3) goto ok
  A = args[5].lo
  if (A == 4) goto ok
  A = instruction_pointer
  if (A == 5) goto ok
  A = ip >> 32
  if (A == 6) goto ok
  return KILL
ok:
  return ALLOW
