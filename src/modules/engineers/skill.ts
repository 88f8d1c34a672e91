// Skills name product categories; the validators live in libs/common, which the dispatcher's filters share.
export { IsSkill, MAX_SKILL_LENGTH, isSkill, normaliseSkill } from '@app/common';
