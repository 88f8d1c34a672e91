import { Type } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';

export interface PageResponseShape<Item> {
  items: Item[];
  nextCursor: string | null;
}

const pageClasses = new Map<Type<unknown>, Type<PageResponseShape<unknown>>>();

/**
 * A named page schema per item type (`EngineerResponsePage`), so the generated admin UI
 * gets a concrete type instead of a generic object.
 */
export function PageResponse<Item>(itemType: Type<Item>): Type<PageResponseShape<Item>> {
  const existing = pageClasses.get(itemType);
  if (existing) return existing as Type<PageResponseShape<Item>>;

  class PageOfItems implements PageResponseShape<Item> {
    @ApiProperty({ type: () => [itemType] })
    items!: Item[];

    @ApiProperty({ type: String, nullable: true, description: 'Pass as `cursor` to get the next page; null on the last page' })
    nextCursor!: string | null;
  }
  Object.defineProperty(PageOfItems, 'name', { value: `${itemType.name}Page` });
  pageClasses.set(itemType, PageOfItems);
  return PageOfItems;
}
