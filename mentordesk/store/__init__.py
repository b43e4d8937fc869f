"""The client file: an SQLCipher database reached through peewee. Nothing above sees a row."""
