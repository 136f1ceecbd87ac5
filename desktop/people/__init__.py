"""Person profiles: the profile dialog, the person picker, undo of local edits."""
