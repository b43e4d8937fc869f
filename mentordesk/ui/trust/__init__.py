"""The trust screens: backups and restore, the passphrase change, the damaged-file offer, and
the warning about files in cloud-sync folders or on network drives."""
