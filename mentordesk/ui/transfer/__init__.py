"""Moving data in and out: the full export, its import into a new file, and the CSV client
import."""
