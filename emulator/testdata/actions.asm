# Every action the kernel knows, with and without data, an unknown action
# value (acts as KILL_PROCESS), and RET A.
  A = args[0]
  if (A == 0) goto r0
  if (A == 1) goto r1
  if (A == 2) goto r2
  if (A == 3) goto r3
  if (A == 4) goto r4
  if (A == 5) goto r5
  if (A == 6) goto r6
  if (A == 7) goto r7
  if (A == 8) goto r8
  if (A == 9) goto r9
  return A
r0: return KILL_PROCESS
r1: return KILL
r2: return TRAP(3)
r3: return ERRNO(0)
r4: return ERRNO(4095)
r5: return USER_NOTIF
r6: return TRACE
r7: return LOG
r8: return 0x00010000
r9: return ALLOW
