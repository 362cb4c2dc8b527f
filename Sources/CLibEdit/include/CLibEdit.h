// CLibEdit: a tiny C shim so Swift can use libedit (histedit.h API).
//
// Swift cannot call C variadic functions, so every el_set / el_get / history
// call the line editor needs gets one non-variadic wrapper here. Non-variadic
// libedit functions (el_init, el_end, el_gets, el_line, el_insertstr,
// el_deletestr, el_cursor, el_resize, history_init, history_end) are called
// directly from Swift through CLibEditSystem.
//
// Besides the wrappers there are a few helpers that must be written in C
// because they run inside signal handlers (async-signal-safe code only), plus
// a process-wide "one editor at a time" latch: libedit keeps static state for
// signal handling, so only one EditLine may exist per process.
//
// Every wrapper returns what libedit returns (0 or a count on success, -1 on
// failure) unless documented otherwise.
#ifndef CLIBEDIT_SHIM_H
#define CLIBEDIT_SHIM_H

#include "../../CLibEditSystem/CLibEditSystem.h"

#ifdef __cplusplus
extern "C" {
#endif

/// Prompt callback: returns the prompt as a NUL-terminated C string that
/// stays valid until the next call (libedit does not copy it).
typedef char *_Nullable (*clibedit_prompt_fn)(EditLine *_Nonnull el);

/// Editor function added with EL_ADDFN and bound to keys: returns one of the
/// CC_* codes of histedit.h (CC_NORM, CC_NEWLINE, CC_EOF, CC_REFRESH, ...).
typedef unsigned char (*clibedit_key_fn)(EditLine *_Nonnull el, int ch);

/// Read function for EL_GETCFN: store one character in *wc and return 1,
/// return 0 at end of file, -1 on error (el_gets then returns NULL).
typedef int (*clibedit_read_fn)(EditLine *_Nonnull el, wchar_t *_Nonnull wc);

// MARK: - EditLine (el_set / el_get)

/// EL_PROMPT_ESC: the prompt function; characters between two `escape`
/// characters are sent to the terminal but take no columns (colour codes).
int clibedit_set_prompt(EditLine *_Nonnull el, clibedit_prompt_fn _Nonnull fn, char escape);

/// EL_EDITOR: "emacs" or "vi".
int clibedit_set_editor(EditLine *_Nonnull el, const char *_Nonnull mode);

/// EL_SIGNAL: 1 = libedit installs its own signal handlers while reading.
int clibedit_set_signal(EditLine *_Nonnull el, int on);

/// EL_CLIENTDATA: an opaque pointer handed back by clibedit_get_clientdata.
int clibedit_set_clientdata(EditLine *_Nonnull el, void *_Nullable data);

/// EL_CLIENTDATA (get): NULL when none was set.
void *_Nullable clibedit_get_clientdata(EditLine *_Nonnull el);

/// EL_GETCFN: custom read function; NULL restores the built-in one.
int clibedit_set_read_function(EditLine *_Nonnull el, clibedit_read_fn _Nullable fn);

/// EL_ADDFN: adds an editor function named `name` (help text `help`).
int clibedit_add_function(EditLine *_Nonnull el, const char *_Nonnull name,
                          const char *_Nonnull help, clibedit_key_fn _Nonnull fn);

/// EL_BIND: binds `key` (e.g. "^I", "^C", "\\e[A") to the editor command
/// `command` (a built-in like "em-inc-search-prev" or a name from EL_ADDFN).
int clibedit_bind_key(EditLine *_Nonnull el, const char *_Nonnull key, const char *_Nonnull command);

/// EL_SETTY: one tty setting for one mode, e.g. ("-d", "-isig") turns off
/// signal keys while editing so ^C ^Z ^\ arrive as ordinary keys.
int clibedit_set_tty(EditLine *_Nonnull el, const char *_Nonnull mode, const char *_Nonnull setting);

/// EL_HIST: attaches a History to the editor (up/down arrows, ^R search).
int clibedit_set_history(EditLine *_Nonnull el, History *_Nullable history);

/// EL_REFRESH: forget the screen and redraw prompt + line. libedit assumes
/// the terminal cursor is at column 0 of the prompt's first row.
int clibedit_refresh(EditLine *_Nonnull el);

/// EL_PREP_TERM: 1 = put the tty in editing (raw) mode, 0 = cooked mode.
int clibedit_prepare_terminal(EditLine *_Nonnull el, int raw);

// MARK: - History (history(3))

/// H_SETSIZE: keep at most `size` entries.
int clibedit_history_set_size(History *_Nonnull h, int size);
/// H_SETUNIQUE: 1 = do not enter a line equal to the previous one.
int clibedit_history_set_unique(History *_Nonnull h, int unique);
/// H_ENTER: adds a line (copied).
int clibedit_history_enter(History *_Nonnull h, const char *_Nonnull line);
/// H_CLEAR: removes every entry.
int clibedit_history_clear(History *_Nonnull h);
/// H_SAVE: writes the file (format "_HiStOrY_V2_"); returns entries written or -1 (errno set).
int clibedit_history_save(History *_Nonnull h, const char *_Nonnull path);
/// H_LOAD: reads the file; returns entries read or -1.
int clibedit_history_load(History *_Nonnull h, const char *_Nonnull path);
/// H_SAVE_FP to the open file `fd`, then fflush, fsync and fclose (which
/// closes `fd`, also on failure); returns entries written or -1 (errno set),
/// so a full disk is noticed before the file is renamed into place.
int clibedit_history_save_synced(History *_Nonnull h, int fd);
/// H_LAST: the oldest entry (libedit's buffer, valid until the next call), or NULL when empty.
const char *_Nullable clibedit_history_oldest(History *_Nonnull h);
/// H_PREV: the entry after the current one towards the newest, or NULL past the newest.
const char *_Nullable clibedit_history_newer(History *_Nonnull h);
/// H_GETSIZE: number of entries.
int clibedit_history_count(History *_Nonnull h);

// MARK: - Display

/// wcwidth(3) in the current locale: columns the character takes, -1 when it
/// is not printable (libedit shows control characters as ^X, 2 columns).
int clibedit_char_width(wchar_t c);

// MARK: - Process-wide helpers (signal handlers, single editor)

/// Claims the single editor slot; returns 1 on success, 0 when another
/// editor already holds it.
int clibedit_claim_editor(void);
/// Releases the slot taken by clibedit_claim_editor.
void clibedit_release_editor(void);

/// Installs a SIGWINCH handler (SA_RESTART) that only sets a flag; poll()
/// still wakes up with EINTR, which lets the read function redraw. Returns 0
/// on success. clibedit_restore_sigwinch puts the previous handler back.
int clibedit_install_sigwinch(void);
void clibedit_restore_sigwinch(void);
/// Returns 1 (and clears the flag) when SIGWINCH arrived since the last call.
int clibedit_take_sigwinch(void);

/// Saves the termios of `fd` now (if it is a tty) and installs a handler for
/// every catchable signal that ends a process by default (SIGHUP, SIGINT,
/// SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE, SIGVTALRM, SIGPROF,
/// SIGXCPU, SIGXFSZ, SIGIO, SIGPWR, SIGSTKFLT) and is not ignored now. The
/// handler restores the termios, writes a newline when stdout is a terminal,
/// and re-raises the signal with its default action, so the process dies of
/// it. Idempotent; returns 0 on success.
int clibedit_install_terminal_restore(int fd);

#ifdef __cplusplus
}
#endif

#endif
