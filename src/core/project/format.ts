/**
 * The project file `.netzwerkkarte.json`. Version 1 is the plain network JSON of the exporter
 * (`netzwerkkarte.network`: partners and cooperations only); version 2 is the whole project. Every
 * older version stays readable: the reader migrates it step by step to the current one.
 */
export const PROJECT_FORMAT = 'netzwerkkarte.project';
export const PROJECT_SCHEMA_VERSION = 2;
export const PROJECT_FILE_EXTENSION = '.netzwerkkarte.json';
