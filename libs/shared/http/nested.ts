import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsArray, IsObject, ValidateNested, type ValidationArguments } from 'class-validator';

const mustBeObject = (args: ValidationArguments) => `${args.property} 必须是 JSON 对象`;
const eachMustBeObject = (args: ValidationArguments) => `${args.property} 的每一项必须是 JSON 对象`;

/**
 * A property holding one nested DTO. `@ValidateNested()` alone skips a missing value and walks
 * an array's items as if they were the object, so `{}` or `{"org": [ … ]}` reached the service
 * (a 500 on signup); `@IsObject()` makes the value required unless `@IsOptional()` is also
 * given, and refuses null, arrays and scalars with a field error.
 */
export function NestedObject(type: () => new () => object): PropertyDecorator {
  return applyDecorators(IsObject({ message: mustBeObject }), ValidateNested(), Type(type));
}

/** A property holding an array of nested DTOs: an array, and every item an object (not a nested array). */
export function NestedObjectArray(type: () => new () => object): PropertyDecorator {
  return applyDecorators(
    IsArray({ message: (args: ValidationArguments) => `${args.property} 必须是数组` }),
    IsObject({ each: true, message: eachMustBeObject }),
    ValidateNested({ each: true }),
    Type(type),
  );
}
