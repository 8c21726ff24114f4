"""What both accessibility scripts share: finding Akkoord on the AT-SPI bus, walking its tree,
keys through xdotool (the X server's own input, as a keyboard gives it)."""
import re
import subprocess
import time

import pyatspi


def log(*args):
    print(*args, flush=True)


def find_app(name, timeout=30):
    end = time.time() + timeout
    while time.time() < end:
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            app = desktop.getChildAtIndex(i)
            if app is not None and app.name == name and app.childCount > 0:
                return app
        time.sleep(0.3)
    return None


def nodes(node, depth=0):
    """Every item under node, in document order (the order a screen reader reads them)."""
    yield node, depth
    if depth > 60:
        return
    for i in range(node.childCount):
        child = node.getChildAtIndex(i)
        if child is not None:
            yield from nodes(child, depth + 1)


def windows(app):
    return [app.getChildAtIndex(i) for i in range(app.childCount)]


def showing(app, window):
    """Whether window is shown (a closed dialog that is kept for later stays listed)."""
    try:
        return window in windows(app) and window.getState().contains(pyatspi.STATE_VISIBLE)
    except Exception:
        return False


def shown_windows(app):
    return [w for w in windows(app) if showing(app, w)]


def focused(window):
    """The control with the keyboard focus in window (not the panes around it), or None."""
    for node, _ in nodes(window):
        try:
            if node.getState().contains(pyatspi.STATE_FOCUSED) and (
                    node.childCount == 0 or node.getRoleName() in (
                        "combo box", "text", "check box", "push button", "tree", "list")):
                return node
        except Exception:
            continue
    return None


def application():
    """Akkoord on the bus and its main window, once it is there; (None, None) if it never came."""
    app = find_app("akkoord")
    if app is None:
        log("Akkoord did not appear on the accessibility bus")
        return None, None
    time.sleep(1)
    return app, shown_windows(app)[0]


def open_by_keyboard(frame, search, title):
    """Ctrl+F, the search text, Tab to the list, Down until the scenario titled title is open."""
    key("ctrl+f")
    key("ctrl+a")
    type_text(search)
    key("Tab")
    for _ in range(6):
        key("Down", pause=0.6)
        if (frame.name or "").endswith(title):
            return True
    return False


def report(problems):
    """Prints what was found; the exit status for it."""
    for p in problems:
        log("PROBLEM:", p)
    log("%d problem(s)" % len(problems))
    return 1 if problems else 0


def key(*keys, pause=0.4):
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    time.sleep(pause)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "30", text], check=True)
    time.sleep(0.4)


def focus_window(title):
    """Without a window manager a window shown without being modal does not get the keyboard by
    itself: give it, as a window manager would."""
    found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^" + re.escape(title)],
                           capture_output=True, text=True).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=False)
        time.sleep(0.3)


def focus_main_window():
    found = subprocess.run(["xdotool", "search", "--sync", "--onlyvisible", "--class", "akkoord"],
                           capture_output=True, text=True).stdout.split()
    if found:
        subprocess.run(["xdotool", "windowfocus", "--sync", found[0]], check=False)
        time.sleep(0.5)
    return bool(found)


def wait_for(condition, timeout=10):
    end = time.time() + timeout
    while time.time() < end:
        try:
            if condition():
                return True
        except Exception:
            pass
        time.sleep(0.2)
    return False
