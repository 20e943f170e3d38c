// Pseudo-terminal set-up for the console tests: the POSIX calls Swift's Glibc module hides.
#ifndef TERN_CPSEUDOTERMINAL_H
#define TERN_CPSEUDOTERMINAL_H

#include <sys/types.h>

/// Opens a pseudo-terminal of `rows` x `columns` and starts `path` with `argv`/`envp` in a new
/// session whose stdin, stdout and stderr (and controlling terminal) are its slave side.
/// Returns the master descriptor and sets *pid, or returns -1.
int tern_spawn_in_pseudo_terminal(const char *path, char *const argv[], char *const envp[],
                                  unsigned short rows, unsigned short columns, pid_t *pid);

#endif
