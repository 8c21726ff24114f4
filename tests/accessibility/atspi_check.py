#!/usr/bin/python3
"""Reads Akkoord as a screen reader does, through AT-SPI, and fails on what a screen reader
user could not use: a control that takes the keyboard focus but has no name, or no role.

Run by tests/accessibility/run (Xvfb, a D-Bus session with the AT-SPI bus); needs the system
Python with python3-pyatspi and gir1.2-atspi-2.0, and xdotool for the keyboard.

It walks the main window before and after a scenario is opened (opened with the keyboard alone:
Ctrl+F, the title, Tab, Down), then every dialog the menus open, each closed again with Escape.
"""
import sys
import threading
import time

import pyatspi

from atspi_support import (application, focus_main_window, focus_window, key, log, nodes,
                           open_by_keyboard, report, showing, shown_windows, wait_for)

# Roles a named, focusable control may not have: a screen reader cannot say what it is.
NAMELESS_ROLES = {"unknown", "invalid", "redundant object"}
# Menu items that open a dialog of our own (file dialogs are Qt's and skipped), in Dutch.
DIALOGS = [
    "Nieuwe gemeente…",
    "Gemeentegegevens…",
    "Naam wijzigen…",
    "Scenario dupliceren…",
    "Geschiedenis…",
    "Prullenbak…",
    "Instellingen…",
    "Scenario’s vergelijken…",
    "Handleiding",
    "Over Akkoord",
]

problems = []


def check(window, where):
    """Every focusable, showing item of window must have a name and a role."""
    seen = 0
    for node, _ in nodes(window):
        try:
            state = node.getState()
            role = node.getRoleName()
            name = node.name or ""
        except Exception:
            continue
        if not (state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SHOWING)):
            continue
        seen += 1
        path = []
        p = node
        while p is not None and p != window and len(path) < 6:
            path.append("%s %r" % (p.getRoleName(), p.name or ""))
            p = p.parent
        if not name.strip():
            problems.append("%s: focusable %s without a name (%s)" % (where, role, " < ".join(path)))
        if role in NAMELESS_ROLES:
            problems.append("%s: %r has no role a screen reader can say (%s)" % (where, name, role))
    log("%s: %d focusable items checked" % (where, seen))
    return seen


def menu_item(frame, name):
    for node, _ in nodes(frame):
        try:
            if node.getRoleName() == "menu item" and node.name == name:
                return node
        except Exception:
            continue
    return None


def open_dialog(app, frame, name):
    item = menu_item(frame, name)
    if item is None:
        problems.append("menu item %r not found" % name)
        return
    before = shown_windows(app)

    def press():
        # A modal dialog holds the reply until it closes; the call waits on a thread of its own.
        try:
            item.queryAction().doAction(0)
        except Exception:
            pass

    def new_windows():
        return [w for w in shown_windows(app) if w not in before]

    thread = threading.Thread(target=press, daemon=True)
    thread.start()
    if not wait_for(lambda: new_windows(), 20):
        problems.append("%r opened no window" % name)
        return
    time.sleep(0.8)
    dialog = new_windows()[-1]
    where = "%r (%s %r)" % (name, dialog.getRoleName(), dialog.name)
    if check(dialog, where) == 0:
        problems.append("%s: nothing in it takes the keyboard focus" % where)
    # Without a window manager the harness gives the dialog the keyboard; on a busy machine the
    # window may not be mapped yet the first time.
    for _ in range(3):
        focus_window(dialog.name)
        key("Escape")
        if wait_for(lambda: not showing(app, dialog), 5):
            break
    else:
        problems.append("%s: Escape did not close it" % where)
    thread.join(30)


def main():
    app, frame = application()
    if app is None:
        return 1
    check(frame, "main window")

    # The keyboard alone opens a scenario: find it, Tab to the list, arrow down to it.
    if not focus_main_window():
        problems.append("the main window was not found on the X display")
    opened = open_by_keyboard(frame, "Startsituatie", "Startsituatie 2026") and wait_for(
        lambda: any(n.getRoleName() == "combo box" for n, _ in nodes(frame)))
    if not opened:
        problems.append("the keyboard did not open the scenario (Ctrl+F, title, Tab, Down)")
    else:
        check(frame, "main window with a scenario open")
        # The advice reads in order: the verdict, then why, then what would change it.
        advice = [n for n, _ in nodes(frame) if n.name in ("Advies", "Advice")]
        text = ""
        if advice:
            t = advice[0].queryText()
            text = t.getText(0, t.characterCount)
        order = [text.find(h) for h in ("Sterkte van het advies", "Waarom",
                                         "Wat het advies zou veranderen")]
        if min(order) < 0 or order != sorted(order):
            problems.append("the advice does not read verdict, why, what would change it in that "
                            "order: %r" % order)

    for name in DIALOGS:
        open_dialog(app, frame, name)

    return report(problems)


if __name__ == "__main__":
    sys.exit(main())
