#!/usr/bin/python3
"""The whole core task by keyboard alone, at the X server's own input (xdotool), in Dutch: a new
municipality, every question answered, saved, a second scenario, the first made the baseline,
compared with it, and a PDF report. The Tab order must follow the reading order of the
questionnaire and must not get stuck; every command used is reached through a menu mnemonic or
the shortcut the menu shows. What was done is checked afterwards in the database, through the
command line, and in the PDF file.

Run by tests/accessibility/run keyboard_task.py (Xvfb, D-Bus, AT-SPI bus).
"""
import json
import re
import os
import subprocess
import sys

import pyatspi

from atspi_support import (application, focus_main_window, focus_window, focused, key, log,
                           nodes, open_by_keyboard, report, shown_windows, type_text, wait_for)

problems = []
WORK = os.environ["AKKOORD_TEST_WORK"]
CLI = os.environ["AKKOORD_TEST_CLI"]
DB = os.path.join(WORK, "akkoord.sqlite")
MUNICIPALITY = "Toetsendorp"


def expect(condition, what):
    if not condition:
        problems.append(what)
    return condition


def question_of(node):
    """The question an answer control belongs to: a combo box is labelled by its question (on
    Linux a combo box's own name is its value; the label is a relation), a check box names it."""
    try:
        role = node.getRoleName()
        if role == "check box" and "?:" in (node.name or ""):
            return node.name.split("?:")[0] + "?"
        if role == "combo box":
            for relation in node.getRelationSet():
                if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                    label = relation.getTarget(0).name or ""
                    if label.endswith("?"):
                        return label
    except Exception:
        pass
    return None


def questionnaire_controls(frame):
    """The questionnaire's answer controls in reading order (document order of the tree)."""
    return [n for n, _ in nodes(frame) if question_of(n)]


def counter(frame):
    """The "n van m beantwoord" line above the questions."""
    for node, _ in nodes(frame):
        try:
            if node.getRoleName() == "label" and re.match(r"^\d+ van \d+ beantwoord", node.name):
                return node.name
        except Exception:
            continue
    return ""


def answer_everything(frame):
    """Tab from the first question to the notes, answering each as it comes. Returns the
    questions in the order Tab reached them."""
    order = []
    for _ in range(200):
        node = focused(frame)
        if node is None:
            key("Tab")
            continue
        role, name = node.getRoleName(), node.name or ""
        if role == "text" and name == "Notities":
            break
        question = question_of(node)
        if question and question not in order:
            order.append(question)
        if role == "combo box" and question:
            key("Down")  # the first option after "Weet ik niet"
        elif role == "check box" and question and name.endswith(": Nog geen van deze"):
            # "Nog geen van deze" ticked: an answer of its own ("Weet ik niet" unticked alone
            # answers nothing).
            if not node.getState().contains(pyatspi.STATE_CHECKED):
                key("space")
        key("Tab")
    else:
        problems.append("Tab did not reach the notes from the questions: a keyboard trap")
    return order


def run_menu(menu_key, item_key):
    key("alt+" + menu_key)
    key(item_key, pause=0.8)


def main():
    app, frame = application()
    if app is None:
        return 1
    expect(focus_main_window(), "the main window was not found on the X display")

    # 1. A new municipality: Bestand, Nieuwe gemeente; the name, Enter.
    run_menu("b", "g")
    if expect(wait_for(lambda: any(w.name == "Nieuwe gemeente" for w in shown_windows(app))),
              "Bestand, Nieuwe gemeente (Alt+B, G) opened no dialog"):
        focus_window("Nieuwe gemeente")
        type_text(MUNICIPALITY)
        key("Return", pause=1.0)
    expect(wait_for(lambda: MUNICIPALITY in (frame.name or "")),
           "the new municipality's scenario did not open (window title %r)" % frame.name)

    first = frame.name.split(" — ")[-1]
    log("first scenario:", first)

    # 2. Every question, by Tab, in reading order, without a trap.
    focus_main_window()
    reading = []
    for node in questionnaire_controls(frame):
        if question_of(node) not in reading:
            reading.append(question_of(node))
    # From where the focus is into the questions.
    for _ in range(15):
        if question_of(focused(frame)) if focused(frame) is not None else None:
            break
        key("Tab")
    tabbed = answer_everything(frame)
    still = []
    for node in questionnaire_controls(frame):
        if question_of(node) not in still and node.getState().contains(pyatspi.STATE_SHOWING):
            still.append(question_of(node))
    # A question the answers made inapplicable is hidden and skipped; the rest come in order.
    expect(tabbed == [q for q in reading if q in tabbed] and set(still) <= set(tabbed),
           "Tab order does not follow the reading order:\n  tabbed %s\n  reading %s"
           % (tabbed, reading))
    text = counter(frame)
    parts = text.split(" ")
    expect(len(parts) >= 3 and parts[0] == parts[2],
           "not every question is answered: %r" % text)

    # 3. Save (Ctrl+S, as the File menu shows).
    key("ctrl+s", pause=1.0)
    expect(wait_for(lambda: not frame.name.endswith("*")), "Ctrl+S did not save (%r)" % frame.name)

    # 4. A second scenario: Ctrl+N, a title, Enter; one answer changed, saved.
    key("ctrl+n", pause=1.0)
    dialogs = [w for w in shown_windows(app) if w != frame]
    if expect(dialogs, "Ctrl+N asked for no title"):
        focus_window(dialogs[-1].name)
        key("ctrl+a")
        type_text("Als de economie dipt")
        key("Return", pause=1.0)
    expect(wait_for(lambda: "Als de economie dipt" in frame.name),
           "the second scenario did not open (%r)" % frame.name)
    focus_main_window()
    key("ctrl+s", pause=1.0)

    # 5. The first scenario as the baseline: find it (Ctrl+F), open it, Bewerken, Als
    #    uitgangssituatie.
    expect(open_by_keyboard(frame, MUNICIPALITY, first),
           "the keyboard did not open the first scenario (%r)" % frame.name)
    run_menu("w", "u")

    # 6. Compare the open scenario with it: Vergelijken, Scenario's vergelijken is a chooser;
    #    here the second scenario is compared with the baseline (Vergelijken, Vergelijken met de
    #    uitgangssituatie).
    expect(open_by_keyboard(frame, MUNICIPALITY, "Als de economie dipt"),
           "the keyboard did not open the second scenario (%r)" % frame.name)
    run_menu("v", "u")
    compared = wait_for(
        lambda: any("vergelijk" in (w.name or "").lower() for w in shown_windows(app) if w != frame))
    expect(compared, "Vergelijken met de uitgangssituatie (Alt+V, U) showed no comparison")
    if compared:
        dialog = [w for w in shown_windows(app) if w != frame][-1]
        focus_window(dialog.name)
        key("Escape", pause=0.8)

    # 7. The report as PDF: Bestand, Rapport als PDF; the file name, Enter.
    focus_main_window()
    pdf = os.path.join(WORK, "rapport.pdf")
    run_menu("b", "d")
    if expect(wait_for(lambda: len(shown_windows(app)) > 1), "Rapport als PDF opened no dialog"):
        focus_window(shown_windows(app)[-1].name)
        key("ctrl+a")
        type_text(pdf)
        key("Return", pause=2.0)
    expect(wait_for(lambda: os.path.exists(pdf), 15), "no PDF was written")
    if os.path.exists(pdf):
        with open(pdf, "rb") as f:
            expect(f.read(5) == b"%PDF-", "the report is not a PDF")

    # What the keyboard did, as the database has it.
    listed = subprocess.run([CLI, "scenarios", MUNICIPALITY, "--db", DB, "--format", "json"],
                            capture_output=True, text=True)
    if expect(listed.returncode == 0, "akkoord-cli scenarios failed: %s" % listed.stderr):
        scenarios = json.loads(listed.stdout)
        titles = sorted(s.get("title", "") for s in scenarios)
        expect(len(scenarios) == 2, "expected two scenarios, found %s" % titles)
        baselines = [s.get("title") for s in scenarios if s.get("baseline")]
        expect(len(baselines) == 1 and baselines[0].startswith("Startsituatie"),
               "the baseline is %s" % baselines)

    return report(problems)


if __name__ == "__main__":
    sys.exit(main())
