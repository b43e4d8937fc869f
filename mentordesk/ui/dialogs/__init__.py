"""Dialogs that edit one record: a client, a payer, an engagement, a goal with its actions.

Each dialog opens without blocking (``open()``/``show()``), calls its service on Save, shows a
refused field's message under that field (the dialog stays open with the input kept), and on
success emits ``<record>_saved(int id)`` and closes.
"""
