"""Qt item models over the plain records that services return."""
