// Non-variadic wrappers around libedit's el_set / el_get / history, and the
// few helpers that must be async-signal-safe C. See include/CLibEdit.h.

// wcwidth is an X/Open function: ask for it before any system header.
#define _XOPEN_SOURCE 700

#include "CLibEdit.h"

#include <errno.h>
#include <stdio.h>
#include <signal.h>
#include <stddef.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

// MARK: - EditLine

int clibedit_set_prompt(EditLine *el, clibedit_prompt_fn fn, char escape) {
    return el_set(el, EL_PROMPT_ESC, fn, escape);
}

int clibedit_set_editor(EditLine *el, const char *mode) {
    return el_set(el, EL_EDITOR, mode);
}

int clibedit_set_signal(EditLine *el, int on) {
    return el_set(el, EL_SIGNAL, on);
}

int clibedit_set_clientdata(EditLine *el, void *data) {
    return el_set(el, EL_CLIENTDATA, data);
}

void *clibedit_get_clientdata(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) {
        return NULL;
    }
    return data;
}

int clibedit_set_read_function(EditLine *el, clibedit_read_fn fn) {
    return el_set(el, EL_GETCFN, fn == NULL ? EL_BUILTIN_GETCFN : fn);
}

int clibedit_add_function(EditLine *el, const char *name, const char *help, clibedit_key_fn fn) {
    return el_set(el, EL_ADDFN, name, help, fn);
}

int clibedit_bind_key(EditLine *el, const char *key, const char *command) {
    return el_set(el, EL_BIND, key, command, (const char *)NULL);
}

int clibedit_set_tty(EditLine *el, const char *mode, const char *setting) {
    return el_set(el, EL_SETTY, mode, setting, (const char *)NULL);
}

int clibedit_set_history(EditLine *el, History *h) {
    return el_set(el, EL_HIST, history, h);
}

int clibedit_refresh(EditLine *el) {
    return el_set(el, EL_REFRESH);
}

int clibedit_prepare_terminal(EditLine *el, int raw) {
    return el_set(el, EL_PREP_TERM, raw);
}

// MARK: - History

int clibedit_history_set_size(History *h, int size) {
    HistEvent ev;
    return history(h, &ev, H_SETSIZE, size);
}

int clibedit_history_set_unique(History *h, int unique) {
    HistEvent ev;
    return history(h, &ev, H_SETUNIQUE, unique);
}

int clibedit_history_enter(History *h, const char *line) {
    HistEvent ev;
    return history(h, &ev, H_ENTER, line);
}

int clibedit_history_clear(History *h) {
    HistEvent ev;
    return history(h, &ev, H_CLEAR);
}

int clibedit_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

int clibedit_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}

int clibedit_history_save_synced(History *h, int fd) {
    FILE *fp = fdopen(fd, "w");
    if (fp == NULL) {
        close(fd);
        return -1;
    }
    HistEvent ev;
    int count = history(h, &ev, H_SAVE_FP, fp);
    int failed = count < 0;
    int saved_errno = errno;
    if (!failed && fflush(fp) != 0) {
        failed = 1;
        saved_errno = errno;
    }
    if (!failed && fsync(fileno(fp)) != 0) {
        failed = 1;
        saved_errno = errno;
    }
    if (fclose(fp) != 0 && !failed) {
        failed = 1;
        saved_errno = errno;
    }
    if (failed) {
        errno = saved_errno;
        return -1;
    }
    return count;
}

const char *clibedit_history_oldest(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_LAST) < 0) {
        return NULL;
    }
    return ev.str;
}

const char *clibedit_history_newer(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_PREV) < 0) {
        return NULL;
    }
    return ev.str;
}

int clibedit_history_count(History *h) {
    HistEvent ev;
    if (history(h, &ev, H_GETSIZE) < 0) {
        return 0;
    }
    return ev.num;
}

// MARK: - Display

int clibedit_char_width(wchar_t c) {
    return wcwidth(c);
}

// MARK: - One editor per process

static volatile int editor_claimed = 0;

int clibedit_claim_editor(void) {
    return __sync_bool_compare_and_swap(&editor_claimed, 0, 1) ? 1 : 0;
}

void clibedit_release_editor(void) {
    __sync_lock_release(&editor_claimed);
}

// MARK: - SIGWINCH: set a flag, nothing else

static volatile sig_atomic_t winch_pending = 0;
static struct sigaction previous_winch;
static int winch_installed = 0;

static void on_sigwinch(int signo) {
    (void)signo;
    winch_pending = 1;
}

int clibedit_install_sigwinch(void) {
    if (winch_installed) {
        return 0;
    }
    struct sigaction sa;
    memset(&sa, 0, sizeof sa);
    sa.sa_handler = on_sigwinch;
    sigemptyset(&sa.sa_mask);
    // SA_RESTART so that other blocking calls of the program are not broken by
    // a resize; poll() is never restarted, so the read function still wakes up.
    sa.sa_flags = SA_RESTART;
    if (sigaction(SIGWINCH, &sa, &previous_winch) != 0) {
        return -1;
    }
    winch_installed = 1;
    return 0;
}

void clibedit_restore_sigwinch(void) {
    if (!winch_installed) {
        return;
    }
    sigaction(SIGWINCH, &previous_winch, NULL);
    winch_installed = 0;
    winch_pending = 0;
}

int clibedit_take_sigwinch(void) {
    if (winch_pending) {
        winch_pending = 0;
        return 1;
    }
    return 0;
}

// MARK: - Terminating signals: restore the terminal, then die of the signal

static struct termios saved_termios;
static volatile sig_atomic_t saved_termios_valid = 0;
static int saved_termios_fd = -1;
/// Where the newline after a signal goes: stdout when it is a terminal, else -1.
static int newline_fd = -1;
static int restore_installed = 0;

/// Every signal whose default action ends the process and that can arrive
/// from outside while the line editor holds the terminal raw. Crash signals
/// (SIGSEGV, SIGILL, SIGBUS, SIGFPE, SIGABRT, SIGTRAP, SIGSYS) are left to
/// the Swift runtime; SIGKILL cannot be caught.
static const int terminating_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGPIPE,
    SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
#ifdef SIGIO
    SIGIO,
#endif
#ifdef SIGPWR
    SIGPWR,
#endif
#ifdef SIGSTKFLT
    SIGSTKFLT,
#endif
};

static void on_terminating_signal(int signo) {
    // Only async-signal-safe calls here.
    if (saved_termios_valid) {
        tcsetattr(saved_termios_fd, TCSANOW, &saved_termios);
    }
    if (newline_fd >= 0) {
        // The shell's next prompt starts on a line of its own, not after "ask> ".
        ssize_t ignored = write(newline_fd, "\n", 1);
        (void)ignored;
    }
    // SA_RESETHAND put back the default action and SA_NODEFER left the
    // signal unblocked: this ends the process, which dies of `signo`, so its
    // parent sees the right status (128 + signo in a shell).
    raise(signo);
}

int clibedit_install_terminal_restore(int fd) {
    if (restore_installed) {
        return 0;
    }
    if (isatty(fd) && tcgetattr(fd, &saved_termios) == 0) {
        saved_termios_fd = fd;
        saved_termios_valid = 1;
    }
    newline_fd = isatty(STDOUT_FILENO) ? STDOUT_FILENO : -1;
    int result = 0;
    for (size_t i = 0; i < sizeof terminating_signals / sizeof terminating_signals[0]; i++) {
        int signo = terminating_signals[i];
        struct sigaction current;
        if (sigaction(signo, NULL, &current) != 0) {
            result = -1;
            continue;
        }
        // An ignored signal (nohup's SIGHUP, the kiosk's SIGQUIT) stays ignored.
        if (current.sa_handler == SIG_IGN) {
            continue;
        }
        struct sigaction sa;
        memset(&sa, 0, sizeof sa);
        sa.sa_handler = on_terminating_signal;
        sigfillset(&sa.sa_mask);
        sa.sa_flags = SA_RESETHAND | SA_NODEFER;
        if (sigaction(signo, &sa, NULL) != 0) {
            result = -1;
        }
    }
    restore_installed = 1;
    return result;
}
