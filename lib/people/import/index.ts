export {
  COLUMN_ALIASES,
  EMPLOYEE_IMPORT_LIMITS,
  FIELD_LABELS,
  parseEmployeeCsv,
  type EmployeeCsvRow,
  type EmployeeField,
  type ImportError,
  type ParsedEmployeeCsv,
} from './employee-csv';
export { importEmployees, importEmployeesInput, type EmployeeImportReport, type ImportEmployeesInput, type ImportEmployeesOptions } from './import-employees';
export { parseCsv, type CsvParseResult, type CsvRecord } from './parse-csv';
export { UNASSIGNED_REGION, planEmployeeImport, type EmployeeImportPlan, type ImportSnapshot } from './plan-employee-import';
