export { extractFile, checkSize } from './extract-file';
export { FILE_FORMATS, FILE_SIZE_LIMITS, fileFormatOf, type ExtractedText, type FileFormat, type ReadOptions } from './extracted';
