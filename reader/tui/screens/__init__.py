"""Screens of the reader app: the main three-pane screen and dialogs."""
