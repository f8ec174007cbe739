"""Qt-free core: report formats as data, document model, edit commands, storage."""
