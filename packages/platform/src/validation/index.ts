export { PROVINCE_CODES, isProvinceCode } from './province-codes.js';
export {
  type IdNumberInfo,
  ageOn,
  idNumberCheckDigit,
  isCalendarDate,
  isValidIdNumber,
  normalizeIdNumber,
  parseIdNumber,
} from './id-number.js';
export { USCC_ALPHABET, isValidUscc, normalizeUscc, usccCheckChar } from './uscc.js';
export {
  type DivisionLevel,
  divisionLevel,
  divisionPrefix,
  isValidDivisionCode,
  isWithinDivision,
  parentDivisionCode,
} from './division-code.js';
export { type ParsedPhone, type PhoneKind, isValidPhone, normalizePhone, parsePhone } from './phone.js';
export { maskAddress, maskEmail, maskIdNumber, maskMiddle, maskName, maskPhone, maskUscc } from './mask.js';
