import type { ErrorEntry } from './error-entry.js';

/** Error codes of the hotline desk: classifier models, triage, duplicates, caller read (issue 4); merged into ERROR_TABLE. */
export const HOTLINE_DESK_ERRORS = {
  CLASSIFIER_TOO_FEW_LABELS: {
    status: 422,
    zh: '已确认分类的工单太少，无法训练模型：至少需要 2 个类别、每类至少 5 条、合计至少 20 条',
    en: 'Too few orders with a confirmed category to train a model: at least 2 categories, 5 per category and 20 in all',
  },
  CLASSIFIER_TRAINING_PENDING: {
    status: 409,
    zh: '已有一次模型训练在排队或进行中，请等待其完成',
    en: 'A training run is already queued or running; wait for it to finish',
  },
  CLASSIFIER_MODEL_INVALID: { status: 400, zh: '模型文件无效或版本不受支持', en: 'The model file is invalid or of an unsupported version' },
  LABEL_MAP_INVALID: {
    status: 400,
    zh: '标签映射无效：标签须是模型的标签，类别须是启用中的诉求分类',
    en: 'Invalid label map: keys must be labels of the model and values active category codes',
  },
  MERGE_TARGET_NOT_OPEN: {
    status: 409,
    zh: '目标工单已办结、已合并或已直接答复，不能再合并',
    en: 'The target order is closed, merged or answered directly and cannot take a merge',
  },
} as const satisfies Record<string, ErrorEntry>;
