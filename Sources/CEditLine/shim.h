// libedit for the `tern` console, behind small wrappers: Swift cannot call libedit's variadic
// el_set/el_get/history, and the console must still build where libedit's headers are missing
// (then tern_editline_available() is 0 and the wrappers do nothing).
#ifndef TERN_CEDITLINE_SHIM_H
#define TERN_CEDITLINE_SHIM_H

#include <stdio.h>
#include <stddef.h>
#include <wchar.h>

/// The current line: text, cursor and end (pointers into libedit's buffer).
typedef struct {
    const char *buffer;
    const char *cursor;
    const char *end;
} tern_line_info;

typedef char *(*tern_prompt_function)(void *editor);
typedef unsigned char (*tern_key_function)(void *editor, int key);

// TERN_WITHOUT_LIBEDIT builds the stubs even where libedit is installed (to check that build).
#if __has_include(<histedit.h>) && !defined(TERN_WITHOUT_LIBEDIT)
#include <histedit.h>

static inline int tern_editline_available(void) { return 1; }

/// A line editor on stdin/stdout in emacs mode, with `prompt` as its prompt function and
/// `client` as its client data.
static inline void *tern_editor_create(const char *program, tern_prompt_function prompt, void *client) {
    EditLine *editor = el_init(program, stdin, stdout, stderr);
    if (editor == NULL) return NULL;
    el_set(editor, EL_CLIENTDATA, client);
    // Text between \1 pairs in the prompt is sent as is and takes no columns (colour escapes).
    el_set(editor, EL_PROMPT_ESC, (char *(*)(EditLine *))prompt, '\1');
    el_set(editor, EL_EDITOR, "emacs");
    el_set(editor, EL_SIGNAL, 1);
    // While a line is edited, Ctrl-C is a key (bound by the console), not SIGINT: a signal
    // arriving while libedit is busy would not end the read.
    el_set(editor, EL_SETTY, "-d", "-isig", NULL);
    return editor;
}

static inline void tern_editor_destroy(void *editor) { el_end((EditLine *)editor); }

static inline void *tern_editor_client(void *editor) {
    void *client = NULL;
    el_get((EditLine *)editor, EL_CLIENTDATA, &client);
    return client;
}

/// Reads a line (with its newline); NULL at end of input or when interrupted. The terminal is
/// put in edit mode before the prompt is drawn: keys typed as soon as it shows must not meet the
/// terminal driver's line editing (its Ctrl-U and Ctrl-D).
static inline const char *tern_editor_gets(void *editor, int *count) {
    el_set((EditLine *)editor, EL_PREP_TERM, 1);
    const char *line = el_gets((EditLine *)editor, count);
    el_set((EditLine *)editor, EL_PREP_TERM, 0);
    return line;
}

/// Adds a named editor function and binds `key` (editrc syntax such as "^I") to it.
static inline void tern_editor_add_function(void *editor, const char *name, const char *help, tern_key_function function, const char *key) {
    el_set((EditLine *)editor, EL_ADDFN, name, help, (unsigned char (*)(EditLine *, int))function);
    el_set((EditLine *)editor, EL_BIND, key, name, NULL);
}

/// Binds `key` to one of libedit's own functions.
static inline void tern_editor_bind(void *editor, const char *key, const char *function) {
    el_set((EditLine *)editor, EL_BIND, key, function, NULL);
}

static inline tern_line_info tern_editor_line(void *editor) {
    const LineInfo *info = el_line((EditLine *)editor);
    tern_line_info line = { info->buffer, info->cursor, info->lastchar };
    return line;
}

static inline int tern_editor_insert(void *editor, const char *text) { return el_insertstr((EditLine *)editor, text); }
/// Deletes `count` characters before the cursor.
static inline void tern_editor_delete_before(void *editor, int count) { el_deletestr((EditLine *)editor, count); }
/// Moves the cursor by `count` characters (negative: left); returns its new offset.
static inline int tern_editor_move_cursor(void *editor, int count) { return el_cursor((EditLine *)editor, count); }
/// Reads one key inside an editor function; returns 1, or 0/-1 at end of input or on error.
static inline int tern_editor_read_character(void *editor, wchar_t *character) { return el_wgetc((EditLine *)editor, character); }
/// Redraws the prompt and line now (inside an editor function).
static inline void tern_editor_redraw(void *editor) { el_set((EditLine *)editor, EL_REFRESH); }
static inline void tern_editor_push(void *editor, const char *text) { el_push((EditLine *)editor, text); }
static inline void tern_editor_reset(void *editor) { el_reset((EditLine *)editor); }

/// libedit's return codes for editor functions.
static inline unsigned char tern_editor_refresh(void) { return CC_REFRESH; }
static inline unsigned char tern_editor_redisplay(void) { return CC_REDISPLAY; }
static inline unsigned char tern_editor_error(void) { return CC_ERROR; }
static inline unsigned char tern_editor_end_of_input(void) { return CC_EOF; }
static inline unsigned char tern_editor_normal(void) { return CC_NORM; }

/// A history of at most `size` entries (consecutive duplicates kept once), used by `editor`.
static inline void *tern_history_create(void *editor, int size) {
    History *list = history_init();
    if (list == NULL) return NULL;
    HistEvent event;
    history(list, &event, H_SETSIZE, size);
    history(list, &event, H_SETUNIQUE, 1);
    el_set((EditLine *)editor, EL_HIST, history, list);
    return list;
}

static inline void tern_history_destroy(void *list) { history_end((History *)list); }

static inline void tern_history_add(void *list, const char *line) {
    HistEvent event;
    history((History *)list, &event, H_ENTER, line);
}

static inline int tern_history_load(void *list, const char *path) {
    HistEvent event;
    return history((History *)list, &event, H_LOAD, path);
}

static inline int tern_history_save(void *list, const char *path) {
    HistEvent event;
    return history((History *)list, &event, H_SAVE, path);
}

/// The newest entry (`first`), or the one older than the last returned; NULL past the oldest.
static inline const char *tern_history_step(void *list, int first) {
    HistEvent event;
    if (history((History *)list, &event, first ? H_FIRST : H_NEXT) < 0) return NULL;
    return event.str;
}

#else

static inline int tern_editline_available(void) { return 0; }
static inline void *tern_editor_create(const char *program, tern_prompt_function prompt, void *client) { return NULL; }
static inline void tern_editor_destroy(void *editor) {}
static inline void *tern_editor_client(void *editor) { return NULL; }
static inline const char *tern_editor_gets(void *editor, int *count) { *count = 0; return NULL; }
static inline void tern_editor_add_function(void *editor, const char *name, const char *help, tern_key_function function, const char *key) {}
static inline void tern_editor_bind(void *editor, const char *key, const char *function) {}
static inline tern_line_info tern_editor_line(void *editor) { tern_line_info line = { NULL, NULL, NULL }; return line; }
static inline int tern_editor_insert(void *editor, const char *text) { return -1; }
static inline void tern_editor_delete_before(void *editor, int count) {}
static inline int tern_editor_move_cursor(void *editor, int count) { return 0; }
static inline int tern_editor_read_character(void *editor, wchar_t *character) { return -1; }
static inline void tern_editor_redraw(void *editor) {}
static inline void tern_editor_push(void *editor, const char *text) {}
static inline void tern_editor_reset(void *editor) {}
static inline unsigned char tern_editor_refresh(void) { return 4; }
static inline unsigned char tern_editor_redisplay(void) { return 8; }
static inline unsigned char tern_editor_error(void) { return 6; }
static inline unsigned char tern_editor_end_of_input(void) { return 2; }
static inline unsigned char tern_editor_normal(void) { return 0; }
static inline void *tern_history_create(void *editor, int size) { return NULL; }
static inline void tern_history_destroy(void *history) {}
static inline void tern_history_add(void *history, const char *line) {}
static inline int tern_history_load(void *history, const char *path) { return -1; }
static inline int tern_history_save(void *history, const char *path) { return -1; }
static inline const char *tern_history_step(void *list, int first) { return NULL; }

#endif
#endif
