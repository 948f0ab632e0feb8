"""The shared vocabulary of the text stages: lines and blocks, punctuation, numbering markers,
document-type words, the tokenizer. Imports no stage."""
